using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResearchRelease.Web.Data;
using ResearchRelease.Web.Features.Compliance;

namespace ResearchRelease.Benchmarks;

/// <summary>
/// Seeds a SQLite register with N decisions (in one process), then exports it through the same query and CSV
/// writer as GET /api/decisions.csv (in another), reporting the exporting process's peak working set. If the
/// export held rows in memory, the peak would grow with N.
/// </summary>
public static class CsvExportMeasurement
{
    public static async Task SeedAsync(int rows, string file)
    {
        if (File.Exists(file))
            File.Delete(file);
        await using (var services = Services(file))
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        }
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO applications (id, reference, owner_subject, status, title, organisation_name, applicant_name, round, version, "
            + "recommendation, decision_outcome, created_at, updated_at, submitted_at, decided_at) VALUES ($id, $ref, 'seed', $status, $title, $org, $who, 1, 6, "
            + "'eligible', $outcome, $at, $at, $at, $at)";
        foreach (var name in new[] { "$id", "$ref", "$status", "$title", "$org", "$who", "$outcome", "$at" })
            insert.Parameters.Add(new SqliteParameter(name, ""));
        var start = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < rows; i++)
        {
            var approved = i % 4 != 0;
            insert.Parameters["$id"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
            insert.Parameters["$ref"].Value = $"RR-2027-{i:D7}";
            insert.Parameters["$status"].Value = approved ? "Approved" : "Refused";
            insert.Parameters["$title"].Value = $"Free school meals and progress between key stages 2 and 4, study {i}";
            insert.Parameters["$org"].Value = i % 50 == 0 ? $"=HYPERLINK(\"x\",\"Org {i}\")" : $"University of Northmoor {i % 300}";
            insert.Parameters["$who"].Value = $"Dr Researcher {i % 1000}";
            insert.Parameters["$outcome"].Value = approved ? "approve" : "refuse";
            insert.Parameters["$at"].Value = start.AddMinutes(i).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        Console.WriteLine($"seeded {rows} decisions into {file}");
    }

    public static async Task ExportAsync(string file)
    {
        await using var services = Services(file);
        using var scope = services.CreateScope();
        var query = new RegisterQuery(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        var output = new CountingStream();
        var clock = Stopwatch.StartNew();
        var rows = 0L;
        await RegisterCsv.WriteAsync(
            output,
            RegisterCsv.RegisterHeader,
            query.AllAsync(RegisterFilter.None),
            r =>
            {
                rows++;
                return RegisterCsv.RegisterCells(r);
            },
            CancellationToken.None
        );
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"rows={rows} bytes={output.Written} elapsed_ms={clock.ElapsedMilliseconds} peak_working_set_mb={self.PeakWorkingSet64 / 1048576.0:F1} "
                    + $"allocated_mb={GC.GetTotalAllocatedBytes() / 1048576.0:F1} gc0={GC.CollectionCount(0)} gc2={GC.CollectionCount(2)}"
            )
        );
    }

    private static ServiceProvider Services(string file)
    {
        var services = new ServiceCollection();
        services.AddAppDatabase(
            new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={file}" },
            Directory.GetCurrentDirectory()
        );
        return services.BuildServiceProvider();
    }
}
