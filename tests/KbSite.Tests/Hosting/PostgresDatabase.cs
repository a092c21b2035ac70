using Npgsql;

namespace KbSite.Hosting;

/// <summary>
/// A database of its own on the PostgreSQL of KB_TEST_POSTGRES, dropped afterwards, and sites (nodes) on it, each with
/// its own data folder (its own search index).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _name;

    private PostgresDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set.");
        var name = "kb_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new PostgresDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>
    /// A node of the site on this database; <paramref name="dataDir"/> reuses a stopped node's index folder;
    /// <paramref name="port"/> reaches the server through another port (a <see cref="TcpGate"/>).
    /// </summary>
    public KbSiteFactory Node(string? dataDir = null, int? port = null)
    {
        var node = new KbSiteFactory(dataDir);
        node.Settings["Kb:Store:Provider"] = "Postgres";
        node.Settings["ConnectionStrings:Kb"] = port is { } p ? new NpgsqlConnectionStringBuilder(ConnectionString) { Port = p }.ConnectionString : ConnectionString;
        return node;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
