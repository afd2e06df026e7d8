using ChatPlatform.Bench;
using ChatPlatform.Bench.History;
using ChatPlatform.Bench.Http;
using ChatPlatform.Bench.Idle;
using ChatPlatform.Bench.Faults;
using ChatPlatform.Bench.Rest;
using ChatPlatform.Bench.Web;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchUsage.Text);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptionsParser.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchUsage.Text);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return options.Mode switch
{
    BenchMode.History => await ClosedLoopRunner.RunAsync(options, new HistoryWorkload(options), cancellation.Token),
    BenchMode.Rest => await ClosedLoopRunner.RunAsync(options, new RestSendWorkload(options), cancellation.Token),
    BenchMode.Faults => await FaultRunner.RunAsync(options, cancellation.Token),
    BenchMode.Soak => await SoakRunner.RunAsync(options, cancellation.Token),
    BenchMode.Idle => await IdleRunner.RunAsync(options, cancellation.Token),
    BenchMode.Web => await WebLoadRunner.RunAsync(options, cancellation.Token),
    _ => await BenchRunner.RunAsync(options, cancellation.Token),
};
