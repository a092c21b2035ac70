using KbSite.Articles;

namespace KbSite.Corpus;

/// <summary>One event of a generated article: where it comes from and the template its message was made from.</summary>
public sealed record GeneratedEvent(string Source, int EventId, string Level, MessageTemplate Template, string Message);

/// <summary>What the generator knows about an article, for building queries with known answers.</summary>
public sealed record ArticleTruth(
    IReadOnlyList<string> TitleWords,
    IReadOnlyList<string> SymptomWords,
    string? CarriedWord,
    IReadOnlyList<GeneratedEvent> Events);

/// <summary>A generated article and its ground truth.</summary>
public sealed record GeneratedArticle(Article Article, ArticleTruth Truth);
