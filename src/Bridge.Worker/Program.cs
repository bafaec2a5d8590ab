using Bridge.Worker.Cli;
using Bridge.Worker.Logging;
using Serilog;

// The command line lives in Cli/; the service itself is composed in Hosting/BridgeApplication.cs.
Log.Logger = BootstrapLogger.Create();
try
{
    return await BridgeCli.RunAsync(args, Console.Out, Console.Error);
}
catch (Exception ex)
{
    Log.Fatal(ex, "The bridge stopped on an error it did not expect");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
