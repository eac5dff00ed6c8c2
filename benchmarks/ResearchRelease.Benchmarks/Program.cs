using System.Globalization;
using BenchmarkDotNet.Running;
using ResearchRelease.Benchmarks;
using ResearchRelease.Web.Letters;

// dotnet run -c Release --project benchmarks/ResearchRelease.Benchmarks -- letters | screening | letter-size | csv-seed N FILE | csv-export FILE
switch (args.FirstOrDefault())
{
    case "letters":
        BenchmarkRunner.Run<LetterBenchmarks>(args: args[1..]);
        return 0;
    case "screening":
        BenchmarkRunner.Run<ScreeningBenchmarks>(args: args[1..]);
        return 0;
    case "letter-size":
        var pdf = new PdfLetterRenderer().Render(SampleLetters.Approval());
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"approval letter: {pdf.Length} bytes ({pdf.Length / 1024.0:F1} KB)")
        );
        return 0;
    case "csv-seed" when args.Length == 3:
        await CsvExportMeasurement.SeedAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        return 0;
    case "csv-export" when args.Length == 2:
        await CsvExportMeasurement.ExportAsync(args[1]);
        return 0;
    default:
        Console.Error.WriteLine("usage: letters|screening [BenchmarkDotNet args] | letter-size | csv-seed ROWS FILE | csv-export FILE");
        return 2;
}
