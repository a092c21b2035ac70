using System.Text;
using KbSite.Corpus;
using KbSite.Search;
using Microsoft.Data.Sqlite;

namespace KbSite.Benchmarks;

/// <summary>
/// The baseline a user might pick instead of Lucene: SQLite FTS5 with bm25 ranking over the same text (title, query
/// words, keywords, body with event messages), queried with all words required, as the site does.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Baseline(string path, IReadOnlyList<GeneratedArticle> corpus)
    {
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        Exec("CREATE VIRTUAL TABLE IF NOT EXISTS kb USING fts5(number UNINDEXED, title, qwords, keywords, body, tokenize = 'porter unicode61');");
        Exec("DELETE FROM kb;");
        using var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO kb(number, title, qwords, keywords, body) VALUES ($n, $t, $q, $k, $b)";
        var n = insert.Parameters.Add("$n", SqliteType.Text);
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var k = insert.Parameters.Add("$k", SqliteType.Text);
        var b = insert.Parameters.Add("$b", SqliteType.Text);
        foreach (var g in corpus)
        {
            var a = g.Article;
            n.Value = a.Number;
            t.Value = a.Title;
            q.Value = string.Join(" ", a.QueryWords);
            k.Value = string.Join(" ", a.Keywords.Concat(a.Technology)) + " " + string.Join(" ", a.Events.Select(e => e.Source + " " + e.EventId));
            b.Value = MarkdownText.ToPlain(a.Body) + "\n" + string.Join("\n", a.Events.Select(e => e.Message));
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Top ten article numbers by bm25 (title and query words weighted up), all words required.</summary>
    public List<string> Search(string query)
    {
        var match = ToMatch(query);
        if (match.Length == 0)
        {
            return [];
        }

        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT number FROM kb WHERE kb MATCH $m ORDER BY bm25(kb, 0, 6.0, 10.0, 5.0, 1.0) LIMIT 10";
        cmd.Parameters.AddWithValue("$m", match);
        var ids = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Each word quoted (so FTS5 syntax in the text cannot break the query), implicitly ANDed.</summary>
    private static string ToMatch(string query)
    {
        var words = SearchQueryParser.JoinSpacedLetters(query.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var match = new StringBuilder();
        foreach (var word in words)
        {
            var clean = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                match.Append('"').Append(clean).Append("\" ");
            }
        }

        return match.ToString().Trim();
    }

    public void Dispose() => _connection.Dispose();

    private void Exec(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
