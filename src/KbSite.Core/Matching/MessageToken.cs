namespace KbSite.Matching;

/// <summary>What a token of an event message is: a fixed word, or a kind of variable part.</summary>
public enum TokenKind
{
    Word,
    Number,
    Hex,
    GuidValue,
    IpAddress,
    Path,
    DistinguishedName,
    DiagnosticCode,
    Quoted,
    Placeholder,
    Account,
    Name,
}

/// <summary>One token of a message: its kind, its text as written, and the key it is compared by.</summary>
public sealed record MessageToken(TokenKind Kind, string Text, string Key)
{
    /// <summary>Where the token starts in its message, and how long it is there (-1 for a token made up, not read).</summary>
    public int Index { get; init; } = -1;

    public int Length { get; init; }

    public bool IsVariable => Kind != TokenKind.Word;

    /// <summary>
    /// A value that names what happened rather than where: an error code (0x80070005, -1018) or a quoted name (a
    /// service). Siblings differ in these; server names, addresses and counts differ between servers.
    /// </summary>
    public bool IsCode => Kind is TokenKind.Hex or TokenKind.Quoted || (Kind == TokenKind.Number && Text.StartsWith('-'));
}
