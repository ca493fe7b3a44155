using Placement.Load;

// A load harness for a running service, in two modes:
//   PlacementLoad <base-url> [workers=8] [seconds=20] [hosts=16]
//     create+destroy throughput from N parallel workers (LifecycleRun)
//   PlacementLoad fleet-check <base-url> [hosts=10000] [requests=20]
//     latency of one domain's migration check over a fleet of hosts (FleetCheckRun)
//   PlacementLoad fleet-placement <base-url> [hosts=10000] [seconds=20]
//     placements and placed creates over a fleet of hosts (FleetPlacementRun); reads the database's
//     connection string from ConnectionStrings__Placement
//   PlacementLoad burst <base-url[,base-url...]> <requests> <path> <json-body-file>
//     that many POSTs at once, spread over the instances: the answers by status and code (BurstRun)
return args switch
{
    ["fleet-check", .. var rest] => await FleetCheckRun.RunAsync(rest),
    ["fleet-placement", .. var rest] => await FleetPlacementRun.RunAsync(rest),
    ["burst", .. var rest] => await BurstRun.RunAsync(rest),
    [_, ..] => await LifecycleRun.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PlacementLoad <base-url> [workers=8] [seconds=20] [hosts=16]");
    Console.Error.WriteLine("       PlacementLoad fleet-check <base-url> [hosts=10000] [requests=20]");
    Console.Error.WriteLine("       PlacementLoad fleet-placement <base-url> [hosts=10000] [seconds=20]");
    Console.Error.WriteLine("       PlacementLoad burst <base-url[,base-url...]> <requests> <path> <json-body-file>");
    return 2;
}
