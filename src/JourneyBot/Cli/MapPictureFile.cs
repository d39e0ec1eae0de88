using JourneyBot.Core.Catalog;
using JourneyBot.Pictures;

namespace JourneyBot.Cli;

/// <summary><c>digest preview --image map.png</c>: the digest's map picture written to a file, to check it without Slack.</summary>
internal static class MapPictureFile
{
    public static async Task<bool> WriteAsync(
        FileInfo file, IServiceProvider services, CatalogSnapshot catalog, IReadOnlyList<string> useCases, Freshness freshness, TextWriter error, CancellationToken cancellationToken)
    {
        var picture = await services.GetRequiredService<MapPictures>().GetAsync(catalog, useCases, freshness);
        try
        {
            await File.WriteAllBytesAsync(file.FullName, picture.Png, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Could not write the map picture to {file.FullName}: {e.Message}");
            return false;
        }
        // On stderr: stdout is the digest (and with --json must stay pure JSON).
        await error.WriteLineAsync(FormattableString.Invariant($"Wrote the journey map picture ({picture.Width}x{picture.Height} px) to {file.FullName}"));
        return true;
    }
}
