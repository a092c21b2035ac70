using KbSite.Articles.Store;
using KbSite.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KbSite.Search;

/// <summary>
/// On PostgreSQL, LISTENs on the change feed's channel and rings <see cref="ChangeFeedSignal"/> when another node's
/// write commits, so this node applies it at once instead of at the next poll. One connection of its own, checked every
/// half minute; when it drops (the database restarts), it reconnects with a growing pause and the poll covers the
/// gap. Does nothing on SQLite.
/// </summary>
internal sealed partial class PostgresChangeListener(
    ChangeFeedSignal signal,
    IOptions<StoreOptions> options,
    ILogger<PostgresChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);
    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != StoreProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One warning per outage; the pause grows to half a minute.
                if (++_failures == 1)
                {
                    LogListenFailed(e);
                }

                await Task.Delay(TimeSpan.FromSeconds(Math.Min(Math.Pow(2, _failures - 1), MaxPause.TotalSeconds)), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(options.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, _) => signal.Ring();
        await using (var listen = new NpgsqlCommand("LISTEN " + ChangeFeed.PostgresChannel, connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        _failures = 0;
        LogListening();
        // Whatever was written while nobody listened is applied now.
        signal.Ring();
        while (true)
        {
            if (!await connection.WaitAsync(CheckEvery, cancellationToken))
            {
                // Nothing heard for a while: make sure the connection is still there (a dead one would wait forever).
                await using var check = new NpgsqlCommand("SELECT 1", connection);
                await check.ExecuteScalarAsync(cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for change-feed notifications")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for change-feed notifications failed; the feed poll covers it while reconnecting")]
    private partial void LogListenFailed(Exception error);
}
