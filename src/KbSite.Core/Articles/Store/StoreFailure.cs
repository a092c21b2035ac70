using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace KbSite.Articles.Store;

/// <summary>Tells a store that cannot be reached or written just now (down, busy, refusing) from a bug.</summary>
public static class StoreFailure
{
    /// <summary>
    /// True for what the database or its driver threw (not a concurrency conflict, which is an answer), also when EF
    /// Core wrapped it: in a DbUpdateException, or, for a PostgreSQL server it cannot reach, in its execution
    /// strategy's "an exception has been raised that is likely due to a transient failure".
    /// </summary>
    public static bool IsUnavailable(Exception? e) => e switch
    {
        DbUpdateConcurrencyException => false,
        DbException or TimeoutException => true,
        DbUpdateException or InvalidOperationException => e.InnerException is DbException or TimeoutException,
        _ => false,
    };
}
