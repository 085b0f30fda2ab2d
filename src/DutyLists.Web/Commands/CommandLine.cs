using Microsoft.Extensions.Logging.Console;

namespace DutyLists.Web.Commands;

/// <summary>
/// The app's command-line verbs: <c>dotnet run --project src/DutyLists.Web -- create-admin &lt;name&gt;</c> and
/// <c>-- import &lt;file&gt; [--dry-run] [--json]</c>. They use the same configuration and database as the web host.
/// Whatever goes wrong ends in one line on standard error and a non-zero exit code, never a stack trace.
/// </summary>
public static class CommandLine
{
    private const string CreateAdmin = "create-admin";
    private const string Import = "import";
    private const string Backup = "backup";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is CreateAdmin or Import or Backup;

    /// <summary>
    /// Logs go to standard error, one line each without stack traces, and only warnings show, so that standard output
    /// carries just the result. EF Core's own error logs are left out: the command reports the failure itself.
    /// </summary>
    public static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddFilter(level => level >= LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        logging.AddConsole(o =>
        {
            o.LogToStandardErrorThreshold = LogLevel.Trace;
            o.FormatterName = OneLineConsoleFormatter.Name;
        });
        logging.AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();

        // The last resort for a failure before a command runs (the database cannot be opened, a setting is wrong):
        // the runtime would print the exception with its stack trace and exit with 134.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Console.Error.WriteLine("错误：" + Describe(e.ExceptionObject as Exception));
            Environment.Exit(1);
        };
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // Ctrl+C cancels the command's work (the parse, the database calls) rather than killing it mid-way.
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await RunAsync(app.Services, args, Console.In, Console.Out, Console.Error, cancel.Token);
    }

    /// <summary>Runs a verb; an exception no verb handles becomes one line and exit code 1.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        try
        {
            return args[0] switch
            {
                CreateAdmin => await CreateAdminCommand.RunAsync(services, args[1..], input, output, error),
                Backup => await BackupCommand.RunAsync(services, args[1..], output, error, ct),
                _ => await ImportCommand.RunAsync(services, args[1..], output, error, ct),
            };
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("已取消。");
            return 130;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync("错误：" + Describe(e));
            return 1;
        }
    }

    /// <summary>
    /// An exception as one line: the innermost message (a database's own reason, such as a full disk, is there), with
    /// no type names, stack or source paths.
    /// </summary>
    public static string Describe(Exception? e)
    {
        var message = e?.GetBaseException().Message;
        return string.IsNullOrWhiteSpace(message) ? "发生了意外错误。" : string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
