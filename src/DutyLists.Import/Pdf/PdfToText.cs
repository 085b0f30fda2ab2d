using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using DutyLists.Import.Model;

namespace DutyLists.Import.Pdf;

/// <summary>Runs poppler's <c>pdftotext -bbox-layout</c> on a PDF held in memory and returns the XHTML it prints.</summary>
public static class PdfToText
{
    public static string BboxLayout(string executable, TimeSpan timeout, string fileName, byte[] content)
    {
        // pdftotext reads files, not stdin; the copy is removed whatever happens.
        var path = Path.Combine(Path.GetTempPath(), $"dutylists-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, content);
            return Run(executable, timeout, fileName, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string executable, TimeSpan timeout, string fileName, string path)
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

        // Both pipes are read concurrently so that neither can fill up and stall the child.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new DocumentRejectedException(fileName, 0, $"pdftotext 在 {timeout.TotalSeconds:0} 秒内没有读完这个 PDF，已中止；文件可能过大或已损坏");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new DocumentRejectedException(fileName, 0, $"PDF 无法读取（可能已加密或已损坏），pdftotext 报告：{Reason(errors.Result, process.ExitCode)}");
        }

        return output.Result;
    }

    /// <summary>pdftotext's own words, without the repeated syntax noise of a damaged file.</summary>
    private static string Reason(string errors, int exitCode)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(3).ToList();
        return lines.Count == 0 ? $"退出码 {exitCode}" : string.Join("；", lines);
    }
}
