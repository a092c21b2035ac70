using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace KbSite.Search;

/// <summary>
/// The analysis of the search index, used alike at index and at query time. Bump <see cref="Version"/> whenever
/// anything here or in what a document holds (<see cref="ArticleDocument"/>) changes: an index stamped with an older
/// version is rebuilt from the store at startup.
/// </summary>
public static class IndexAnalysis
{
    public const string Version = "14";

    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Terms indexed per field at most: far beyond any real article (a long one has a few thousand), and the bound on
    /// what indexing a hostile body costs, since analysis time grows with the number of tokens, not of bytes.
    /// </summary>
    public const int MaxTokensPerField = 50_000;

    /// <summary>Words as written (lower-cased, spaced letters joined, stop words dropped): exact matches.</summary>
    public static Analyzer Exact { get; } = new KbAnalyzer(stem: false);

    /// <summary>The exact chain plus English stemming (hang, hangs, hanging): the looser prose fields.</summary>
    public static Analyzer Stemmed { get; } = new KbAnalyzer(stem: true);

    /// <summary>The per-field analyzer the IndexWriter uses.</summary>
    public static Analyzer ForIndex { get; } = new PerFieldAnalyzerWrapper(
        Stemmed,
        IndexFields.ExactFields.ToDictionary(f => f, _ => Exact));

    /// <summary>The terms the exact analyzer makes of a piece of text.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private sealed class KbAnalyzer(bool stem) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Lucene, reader) { MaxTokenLength = 64 };
            TokenStream stream = new LimitTokenCountFilter(tokenizer, MaxTokensPerField, consumeAllTokens: false);
            stream = new SingleLetterJoinFilter(stream);
            stream = new LowerCaseFilter(Lucene, stream);
            stream = new StopFilter(Lucene, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
            if (stem)
            {
                stream = new EnglishPossessiveFilter(Lucene, stream);
                stream = new PorterStemFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
