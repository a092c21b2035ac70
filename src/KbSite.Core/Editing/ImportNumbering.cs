using System.Globalization;
using KbSite.Articles;
using KbSite.Articles.Store;
using KbSite.Content;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Editing;

/// <summary>
/// The range of numbers an import gives articles that come without one (no id, no "Original KB number" line, no number
/// in the file name). Numbers in it are reserved for that: the next free one is one past the highest in use.
/// </summary>
public sealed record ImportNumbering(int First, int Last)
{
    public static ImportNumbering Default { get; } = new(9_000_001, 9_999_999);

    /// <summary>Why the range cannot be used, or null.</summary>
    public string? Problem =>
        First < 1 ? "the first assigned number must be 1 or more."
        : Last < First ? "the last assigned number must not be below the first."
        : Last > 999_999_999 ? $"article numbers have at most {ArticleNumber.MaxDigits} digits."
        : null;

    /// <summary>
    /// The number of each article of <paramref name="batch"/>: its own, the one its file was given by an earlier import
    /// (articles remember their <see cref="Article.Origin"/>), or the next free one; null when the range is used up.
    /// </summary>
    internal async Task<IReadOnlyList<(string? Number, bool Assigned)>> NumberAsync(KbDbContext db, IReadOnlyList<ImportedArticle> batch, CancellationToken cancellationToken)
    {
        var result = batch.Select(a => ((string?)a.Article.Number, false)).ToList();
        var unnumbered = Enumerable.Range(0, batch.Count).Where(i => batch[i].Article.Number.Length == 0).ToList();
        if (unnumbered.Count == 0)
        {
            return result;
        }

        var origins = unnumbered.Select(i => OriginOf(batch[i].File)).ToList();
        var known = (await db.Articles.AsNoTracking().Where(a => origins.Contains(a.Origin)).Select(a => new { a.Origin, a.Number })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(a => a.Origin, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(a => a.Number)!, StringComparer.Ordinal);
        var next = await NextFreeAsync(db, batch, cancellationToken).ConfigureAwait(false);
        foreach (var i in unnumbered)
        {
            if (known.TryGetValue(OriginOf(batch[i].File), out var number))
            {
                result[i] = (number, false);
            }
            else if (next <= Last)
            {
                result[i] = ("Q" + next.ToString(CultureInfo.InvariantCulture), true);
                next++;
            }
            else
            {
                result[i] = (null, true);
            }
        }

        return result;
    }

    /// <summary>The file's path as the article remembers it: forward slashes, at most the last 400 characters.</summary>
    public static string OriginOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var origin = file.Replace('\\', '/');
        return origin.Length <= ArticleRules.MaxOriginLength ? origin : origin[^ArticleRules.MaxOriginLength..];
    }

    /// <summary>One past the highest number in the range that the store or the batch already uses.</summary>
    private async Task<long> NextFreeAsync(KbDbContext db, IReadOnlyList<ImportedArticle> batch, CancellationToken cancellationToken)
    {
        long highest = First - 1;
        foreach (var a in batch)
        {
            if (ArticleNumber.IsCanonical(a.Article.Number) && long.Parse(ArticleNumber.Digits(a.Article.Number), CultureInfo.InvariantCulture) is var n && n >= First && n <= Last)
            {
                highest = Math.Max(highest, n);
            }
        }

        // Canonical numbers have no leading zeros, so within one length text order is number order.
        for (var digits = Digits(First); digits <= Digits(Last); digits++)
        {
            var low = "Q" + Math.Max(First, Pow10(digits - 1)).ToString(CultureInfo.InvariantCulture);
            var high = "Q" + Math.Min(Last, Pow10(digits) - 1).ToString(CultureInfo.InvariantCulture);
            var top = await db.Articles.AsNoTracking()
                .Where(a => a.Number.Length == digits + 1 && a.Number.CompareTo(low) >= 0 && a.Number.CompareTo(high) <= 0)
                .OrderByDescending(a => a.Number).Select(a => a.Number)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (top is not null)
            {
                highest = Math.Max(highest, long.Parse(ArticleNumber.Digits(top), CultureInfo.InvariantCulture));
            }
        }

        return highest + 1;
    }

    private static int Digits(long n) => n.ToString(CultureInfo.InvariantCulture).Length;

    private static long Pow10(int exponent)
    {
        long p = 1;
        for (var i = 0; i < exponent; i++)
        {
            p *= 10;
        }

        return p;
    }
}
