using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using DutyLists.Import.Model;

namespace DutyLists.Import.Pdf;

/// <summary>Runs poppler's <c>pdftotext -bbox-layout</c> on a PDF held in memory and returns the XHTML it prints.</summary>
public static class PdfToText
{
    /// <summary>
    /// The XHTML, or a refusal when pdftotext takes longer than <paramref name="timeout"/> or prints more than
    /// <paramref name="maxChars"/>; the program is killed when <paramref name="ct"/> is cancelled.
    /// </summary>
    public static string BboxLayout(string executable, TimeSpan timeout, string fileName, byte[] content, long maxChars = long.MaxValue, CancellationToken ct = default)
    {
        // pdftotext reads files, not stdin; the copy is removed whatever happens.
        var path = Path.Combine(Path.GetTempPath(), $"dutylists-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, content);
            return Run(executable, timeout, fileName, path, maxChars, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string executable, TimeSpan timeout, string fileName, string path, long maxChars, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-bbox-layout", "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            throw new DocumentRejectedException(fileName, 0,
                $"导入 PDF 需要 poppler-utils 中的 pdftotext 程序，但找不到“{executable}”。请先安装 poppler-utils（Debian/Ubuntu：apt-get install poppler-utils），或改为上传表格文本");
        }

        // Both pipes are read concurrently so that neither can fill up and stall the child; the output is read in
        // pieces so that one that outgrows the limit stops pdftotext instead of filling the memory.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // On the thread pool: the caller may block below on a thread whose synchronization context (Blazor's renderer)
        // the reads' continuations would otherwise wait for.
        var output = Task.Run(() => ReadBoundedAsync(process.StandardOutput, maxChars, stop), CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var exited = false;
        try
        {
            exited = process.WaitForExitAsync(stop.Token).Wait(timeout, CancellationToken.None);
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            // Cancelled by the caller, or the output grew too long: told apart below.
        }

        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            ct.ThrowIfCancellationRequested();
            throw output.IsCompletedSuccessfully && output.Result is null
                ? new DocumentRejectedException(fileName, 0, $"pdftotext 输出的内容超过 {Reading.LimitMessages.Count(maxChars)} 个字符的上限，已中止；文件可能过大")
                : new DocumentRejectedException(fileName, 0, $"pdftotext 在 {timeout.TotalSeconds:0} 秒内没有读完这个 PDF，已中止；文件可能过大或已损坏");
        }

        process.WaitForExit();
        if (output.Result is null)
        {
            throw new DocumentRejectedException(fileName, 0, $"pdftotext 输出的内容超过 {Reading.LimitMessages.Count(maxChars)} 个字符的上限，已中止；文件可能过大");
        }

        if (process.ExitCode != 0)
        {
            throw new DocumentRejectedException(fileName, 0, $"PDF 无法读取（可能已加密或已损坏），pdftotext 报告：{Reason(errors.Result, process.ExitCode)}");
        }

        return output.Result;
    }

    /// <summary>The whole output, or null (and the others stopped) once it passes <paramref name="maxChars"/>.</summary>
    private static async Task<string?> ReadBoundedAsync(StreamReader reader, long maxChars, CancellationTokenSource stop)
    {
        var text = new StringBuilder();
        var buffer = new char[16384];
        int read;
        while ((read = await reader.ReadAsync(buffer, CancellationToken.None).ConfigureAwait(false)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                return null;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>pdftotext's own words, without the repeated syntax noise of a damaged file.</summary>
    private static string Reason(string errors, int exitCode)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(3).ToList();
        return lines.Count == 0 ? $"退出码 {exitCode}" : string.Join("；", lines);
    }
}
