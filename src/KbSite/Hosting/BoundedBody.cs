using System.Buffers;
using System.Text;

namespace KbSite.Hosting;

/// <summary>
/// Reads a request body that has a size limit, whatever its Content-Length says (or whether it says anything): at most
/// one byte past the limit is ever read, into a pooled buffer (a fresh large array per request would land on the
/// large-object heap every time).
/// </summary>
public static class BoundedBody
{
    /// <summary>The body as UTF-8 text, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var read = 0;
            int n;
            while (read <= maxBytes && (n = await request.Body.ReadAsync(buffer.AsMemory(read, maxBytes + 1 - read), cancellationToken)) > 0)
            {
                read += n;
            }

            return read > maxBytes ? null : Encoding.UTF8.GetString(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
