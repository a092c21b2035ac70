using KbSite.Articles;
using KbSite.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KbSite.Matching;

/// <summary>
/// What Matching keeps in each article's search document: the event messages as words, the pairs of adjacent message
/// tokens (<see cref="MessagePairs"/>) and the article's <see cref="EventCard"/>. Candidates are found with the first two
/// and scored from the card, without going to the store.
/// </summary>
public sealed class SignatureFields : IArticleDocumentContributor
{
    /// <summary>Event messages alone (stemmed, as the search fields): the rarest words back up the pairs.</summary>
    public const string Messages = "messages";

    /// <summary>Adjacent token pairs of the event messages, not analysed.</summary>
    public const string MessagePairs = "message_pairs";

    /// <summary>Id, title, product and event signatures as one binary doc value.</summary>
    public const string EventCard = "eventcard_dv";

    public string Name => "matching";

    /// <summary>Bump when the message tokenizer, the pairs or the card change: the index is then rebuilt.</summary>
    public string Version => "5";

    public void Contribute(Article article, Document document)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(document);
        var events = article.Events.OrderBy(e => e.Order).ToList();
        document.Add(new TextField(Messages, string.Join("\n", events.Select(e => e.Message)), Field.Store.NO));
        document.Add(new BinaryDocValuesField(EventCard, new BytesRef(Matching.EventCard.Of(article).ToUtf8())));
        foreach (var pair in events.SelectMany(e => Matching.MessagePairs.Of(MessageTokenizer.Tokenize(e.Message))).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(MessagePairs, pair, Field.Store.NO));
        }
    }
}
