using System.CommandLine;
using Briefing.App.Commands;

var root = new RootCommand("Briefing: turns news articles into short briefings and key-point lists.")
{
    new BriefCommand().Build(),
};

return await root.Parse(args).InvokeAsync();
