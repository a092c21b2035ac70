using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Content;

/// <summary>
/// Uploads kept between their preview and their import, so both read the very same bytes. An upload is claimed once
/// (moved aside atomically, so two clicks on Apply import it once), expires after an hour, and at most a few are kept:
/// previews nobody applies cannot fill the disk.
/// </summary>
public sealed class PendingUploads(IOptions<KbOptions> options, TimeProvider clock)
{
    public const int MaxKept = 20;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private string Folder => Path.Combine(options.Value.DataDir, "uploads");

    /// <summary>Keeps an upload and returns its token; expired and surplus uploads go first.</summary>
    public async Task<string> KeepAsync(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Directory.CreateDirectory(Folder);
        Prune(keep: MaxKept - 1);
        var token = Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(Path.Combine(Folder, token + ".name"), fileName, cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(Folder, token), bytes, cancellationToken);
        return token;
    }

    /// <summary>The upload of this token, removed from the pending ones; null when it is gone (applied, expired, unknown).</summary>
    public async Task<(string FileName, byte[] Bytes)?> ClaimAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 32 || !token.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var path = Path.Combine(Folder, token);
        var claimed = path + ".claimed-" + Guid.NewGuid().ToString("N");
        try
        {
            File.Move(path, claimed); // atomic: of two requests with one token, one wins
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            if (clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(claimed) > Lifetime)
            {
                return null;
            }

            var name = await File.ReadAllTextAsync(path + ".name", cancellationToken);
            return (name, await File.ReadAllBytesAsync(claimed, cancellationToken));
        }
        finally
        {
            File.Delete(claimed);
            File.Delete(path + ".name");
        }
    }

    /// <summary>Deletes expired uploads, then the oldest beyond <paramref name="keep"/>.</summary>
    private void Prune(int keep)
    {
        var uploads = new DirectoryInfo(Folder).GetFiles().Where(f => f.Extension.Length == 0).OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (upload, i) in uploads.Select((u, i) => (u, i)).Where(x => x.i >= keep || now - x.u.LastWriteTimeUtc > Lifetime))
        {
            upload.Delete();
            File.Delete(upload.FullName + ".name");
        }
    }
}
