using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace DutyLists.Web.Commands;

/// <summary>The commands' log format: <c>warn: message (reason)</c> on one line; an exception gives its message only.</summary>
public sealed class OneLineConsoleFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "one-line";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        var level = logEntry.LogLevel switch
        {
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            LogLevel.Critical => "crit",
            _ => "info",
        };
        var reason = logEntry.Exception is null ? string.Empty : $" ({CommandLine.Describe(logEntry.Exception)})";
        textWriter.WriteLine($"{level}: {message.ReplaceLineEndings(" ")}{reason}");
    }
}
