using System.Globalization;
using Reports.Synthetic;

// reports-synthetic N [SEED] [OUT.json]: writes a valid synthetic dataset of N indicators.
if (args.Length is < 1 or > 3 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
{
    Console.Error.WriteLine("usage: reports-synthetic N [SEED] [OUT.json]   (N ≥ 1 indicators; default seed 1; default stdout)");
    return 2;
}
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
var json = SyntheticDataset.Json(count, seed);
if (args.Length > 2)
    File.WriteAllText(args[2], json);
else
    Console.Out.Write(json);
return 0;
