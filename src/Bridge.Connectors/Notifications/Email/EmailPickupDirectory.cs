using System.Globalization;
using MimeKit;

namespace Bridge.Connectors.Notifications.Email;

/// <summary>
/// Writes a message into a folder as an <c>.eml</c> file, named so that a listing sorts by the bridge's clock.
/// The file appears whole: it is written under a temporary name and then renamed.
/// </summary>
internal static class EmailPickupDirectory
{
    public static async Task<string> WriteAsync(MimeMessage message, string directory, long ticketId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-ticket{ticketId}-{Guid.NewGuid().ToString("N")[..8]}.eml");
        var path = Path.Combine(directory, name);
        var temporary = path + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(file, cancellationToken);
            }

            File.Move(temporary, path);
            return path;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
