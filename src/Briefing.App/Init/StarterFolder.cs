using System.Reflection;
using Briefing.Delivery;

namespace Briefing.App.Init;

/// <summary>Lays out a folder for a worker: a commented appsettings.json, an inbox and a systemd unit that runs there.</summary>
/// <remarks>A file that already exists is kept as it is, so running init again never loses an operator's edits.</remarks>
internal sealed class StarterFolder(AtomicFileWriter writer)
{
    public const string UnitFileName = "briefing.service";

    /// <summary>Creates what is missing and returns one line per file or folder: created or kept.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        if (folder.Contains('\n', StringComparison.Ordinal) || folder.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("The folder name contains a line break, which a systemd unit cannot hold; choose another folder.");
        }

        if (File.Exists(folder))
        {
            throw new ArgumentException($"{folder} is a file, not a folder; choose a folder (it is created if missing).");
        }

        var lines = new List<string>();
        Directory.CreateDirectory(folder);
        var settings = Template("appsettings.json").Replace("{{TimeZone}}", TimeZoneInfo.Local.Id, StringComparison.Ordinal);
        lines.Add(await WriteIfMissingAsync(Path.Combine(folder, "appsettings.json"), settings, cancellationToken));
        var inbox = Path.Combine(folder, "inbox");
        lines.Add(Directory.Exists(inbox) ? $"Kept    {inbox}{Path.DirectorySeparatorChar}" : $"Created {Directory.CreateDirectory(inbox).FullName}{Path.DirectorySeparatorChar}");
        var unitPath = Path.Combine(folder, UnitFileName);
        lines.Add(await WriteIfMissingAsync(unitPath, Unit(folder, unitPath), cancellationToken));
        return lines;
    }

    private async Task<string> WriteIfMissingAsync(string path, string content, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return $"Kept    {path}";
        }

        await writer.WriteAsync(path, content, cancellationToken);
        return $"Created {path}";
    }

    private static string Unit(string folder, string unitPath) =>
        Template(UnitFileName)
            .Replace("{{Folder}}", Escape(folder), StringComparison.Ordinal)
            .Replace("{{UnitPath}}", unitPath, StringComparison.Ordinal)
            .Replace("{{User}}", Environment.UserName, StringComparison.Ordinal)
            .Replace("{{ExecStart}}", ExecStart(), StringComparison.Ordinal)
            .Replace("{{DotnetRoot}}", Escape(DotnetRoot()), StringComparison.Ordinal);

    // The command that started this process: the tool's own launcher, or "dotnet briefing.dll" when run that way.
    private static string ExecStart()
    {
        var process = Environment.ProcessPath ?? "briefing";
        var name = Path.GetFileNameWithoutExtension(process);
        return name.Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? $"{Quote(process)} {Quote(Path.Combine(AppContext.BaseDirectory, "briefing.dll"))}"
            : Quote(ToolCommand(process) ?? process);
    }

    // An installed tool runs from TOOLS/.store/<id>/<version>/..., a path that changes with every update; the unit
    // names the stable TOOLS/briefing link to it instead (~/.dotnet/tools/briefing for a global tool).
    private static string? ToolCommand(string process)
    {
        var store = process.IndexOf($"{Path.DirectorySeparatorChar}.store{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        if (store < 0)
        {
            return null;
        }

        var command = Path.Combine(process[..store], Path.GetFileName(process));
        var target = File.Exists(command) ? new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName : null;
        return target == process ? command : null;
    }

    // The runtime in use: .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll, three folders below the root.
    private static string DotnetRoot()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location) ?? ".");
        return runtime.Parent?.Parent?.Parent?.FullName ?? Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? "/usr/share/dotnet";
    }

    // systemd expands % specifiers in most settings; a literal % is written %%.
    private static string Escape(string value) => value.Replace("%", "%%", StringComparison.Ordinal);

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) || path.Contains('"', StringComparison.Ordinal)
        ? $"\"{Escape(path).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""
        : Escape(path);

    private static string Template(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Briefing.Init.{name}")
            ?? throw new InvalidOperationException($"The starter file {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
