using Bridge.Benchmarks;

// dotnet run -c Release --project tests/Bridge.Benchmarks -- storage [commits] [rounds]
switch (args.FirstOrDefault())
{
    case "storage":
        StorageCommitBenchmark.Run(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
        return 0;
    default:
        Console.Error.WriteLine("Usage: Bridge.Benchmarks storage [commits] [rounds]");
        return 2;
}
