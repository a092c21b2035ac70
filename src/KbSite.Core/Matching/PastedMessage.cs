namespace KbSite.Matching;

/// <summary>A pasted event as matching reads it, once: its source as the index keeps sources, its tokens, its constant text.</summary>
internal sealed class PastedMessage(PastedEvent pasted)
{
    private List<string>? _constantText;

    public PastedEvent Event { get; } = pasted;

    public string Source { get; } = Search.SourceName.Normalize(pasted.Source);

    public List<MessageToken> Tokens { get; } = MessageTokenizer.Tokenize(pasted.Message);

    /// <summary>Only insertion strings, no rendered message: each article's message is rebuilt from them.</summary>
    public bool FromInserts => Inserts.Count > 0;

    /// <summary>The insertion strings matching reads; a message has a few, so more than <see cref="MaxInserts"/> are noise.</summary>
    public IReadOnlyList<string> Inserts { get; } = pasted.Inserts?.Take(MaxInserts).ToList() ?? [];

    public const int MaxInserts = 64;

    public List<string> ConstantText => _constantText ??= Matching.ConstantText.Of(Event.Message, Tokens);
}
