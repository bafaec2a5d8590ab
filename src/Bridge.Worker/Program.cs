using Bridge.Worker.Cli;

// The whole command line lives in Cli/; the service itself is composed in Hosting/BridgeApplication.cs.
return await BridgeCli.RunAsync(args, Console.Out, Console.Error);
