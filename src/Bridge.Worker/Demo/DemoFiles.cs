using Bridge.Worker.Configuration;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using NodaTime;

namespace Bridge.Worker.Demo;

/// <summary>
/// The demo's own files, read from the configuration with the demo profile: its state file and its mailbox,
/// and the MSP's zone the night is set in. Every demo night starts from an empty state file and an empty
/// mailbox: the sandbox starts from its seed each time, and a state file from an earlier night (whose clock
/// ran further) would hold a poll watermark past the new night's tickets.
/// </summary>
internal sealed record DemoFiles(string StateFile, string? Mailbox, DateTimeZone Zone)
{
    public static DemoFiles Read(string configDirectory, string[] hostArgs, IReadOnlyDictionary<string, string?> overrides, string profile)
    {
        var configuration = new ConfigurationManager();
        BridgeConfiguration.Apply(configuration, configDirectory, hostArgs, overrides, profile);
        var environment = new BridgeEnvironment(configDirectory);
        var mailbox = configuration["Channels:Email:PickupDirectory"];
        return new DemoFiles(
            environment.ResolvePath(configuration["Storage:Path"] ?? new StorageOptions().Path),
            string.IsNullOrWhiteSpace(mailbox) ? null : environment.ResolvePath(mailbox),
            TimeZoneResolver.Find(configuration["Routing:TimeZone"]) ?? TimeZoneResolver.Find(RoutingOptions.DefaultTimeZone)!);
    }

    /// <summary>Deletes the demo's state file and the messages in its mailbox; null when done, else why not.</summary>
    public string? Reset()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(StateFile)!);

            // The same lock the bridge takes on its state file: another demo still running keeps its night.
            using (new FileStream(StateFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                // The state file and the callback inbox's file beside it, each with its LiteDB log.
                foreach (var file in new[] { StateFile, BridgeDatabase.InboxPathFor(StateFile) })
                {
                    File.Delete(file);
                    File.Delete(Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-log" + Path.GetExtension(file)));
                }
            }

            if (Mailbox is not null && Directory.Exists(Mailbox))
            {
                foreach (var message in Directory.EnumerateFiles(Mailbox, "*.eml"))
                {
                    File.Delete(message);
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"The demo could not start from a clean state ({StateFile}): {ex.Message} Is another demo running?";
        }
    }
}
