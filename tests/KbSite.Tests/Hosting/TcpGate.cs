using System.Net;
using System.Net.Sockets;

namespace KbSite.Hosting;

/// <summary>
/// A loopback TCP relay to a server that a test can shut, as a network outage would: shutting it drops every relayed
/// connection and refuses new ones; opening it again relays on the same port.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly Lock _lock = new();
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpGate(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        Port = ((IPEndPoint)Listen(0).LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Shut()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_lock)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Open()
    {
        _stop = new CancellationTokenSource();
        Listen(Port);
    }

    public ValueTask DisposeAsync()
    {
        Shut();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }

    private TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        var stop = _stop.Token;
        _ = Task.Run(() => AcceptAsync(listener, stop), CancellationToken.None);
        return listener;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(_target, stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (_lock)
            {
                _open.Add(inbound);
                _open.Add(outbound);
            }

            _ = PumpAsync(inbound.GetStream(), outbound.GetStream(), stop);
            _ = PumpAsync(outbound.GetStream(), inbound.GetStream(), stop);
        }
    }

    private static async Task PumpAsync(Stream from, Stream to, CancellationToken stop)
    {
        try
        {
            await from.CopyToAsync(to, stop);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // The gate was shut, or one side hung up.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
