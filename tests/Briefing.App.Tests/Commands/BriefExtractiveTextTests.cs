using System.Text.Json;
using Briefing.Support;

namespace Briefing.Commands;

/// <summary><c>brief</c> with the built-in engine on text that once came back whole: Chinese prose and a run without spaces.</summary>
public sealed class BriefExtractiveTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-text-").FullName;

    [Fact]
    public async Task Brief_ChineseArticle_SplitsKeyPointsAtChineseSentenceEnds()
    {
        var path = Path.Combine(_folder, "metro.txt");
        await File.WriteAllTextAsync(path,
            "上海地铁新线路开通\n\n上海地铁十八号线二期工程于周六正式开通运营。新线路全长十八公里，共设八座车站。预计每天将有二十万名乘客乘坐这条线路！" +
            "市交通委员会表示，新线路将大大缩短浦东居民的通勤时间。\n\n开通当天，许多市民专程前来体验。有关部门提醒乘客注意安全，错峰出行。");

        var (exitCode, output, _) = await Cli.RunAsync("brief", path, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("zh", root.GetProperty("language").GetString());
        Assert.StartsWith("上海地铁十八号线二期工程于周六正式开通运营。", root.GetProperty("briefing").GetString(), StringComparison.Ordinal);
        var points = root.GetProperty("key_points").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.True(points.Count >= 4, string.Join(" | ", points));
        Assert.All(points, p => Assert.Single(p, c => c is '。' or '！' or '？'));
        Assert.Contains("punctuation alone", root.GetProperty("engine").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_RunOfCharactersWithoutSpaces_BoundsTheKeyPointsAndTheParagraph()
    {
        var path = Path.Combine(_folder, "run.txt");
        await File.WriteAllTextAsync(path, new string('x', 1_900_000));

        var (exitCode, output, _) = await Cli.RunAsync("brief", path, "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("briefing").GetString()!.Length, 1, 1_400);
        Assert.All(root.GetProperty("key_points").EnumerateArray(), p => Assert.InRange(p.GetString()!.Length, 1, 400));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
