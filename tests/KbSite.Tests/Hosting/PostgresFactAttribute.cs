namespace KbSite.Hosting;

/// <summary>
/// A test that needs a real PostgreSQL: it runs when KB_TEST_POSTGRES holds a connection string (a role that may
/// create databases), and is skipped with that message otherwise. `.ci/run` starts a throwaway cluster and sets it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "KB_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (a PostgreSQL connection string); `.ci/postgres-throwaway.sh` starts a cluster and prints one.";
        }
    }
}
