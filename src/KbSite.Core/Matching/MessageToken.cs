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
    public bool IsVariable => Kind != TokenKind.Word;
}
