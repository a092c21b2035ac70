using KbSite.Articles;
using Lucene.Net.Documents;

namespace KbSite.Search;

/// <summary>
/// How another feature adds fields of its own to each article's search document (Matching adds its message pairs and
/// signature cards). Register one in DI; the search index calls it for every article it indexes.
/// </summary>
public interface IArticleDocumentContributor
{
    /// <summary>The contributor's name in the index stamp.</summary>
    string Name { get; }

    /// <summary>
    /// Bump whenever what <see cref="Contribute"/> writes or how it is analysed changes: the version is folded into the
    /// index stamp, so an index built with another version is rebuilt from the store by itself.
    /// </summary>
    string Version { get; }

    void Contribute(Article article, Document document);
}
