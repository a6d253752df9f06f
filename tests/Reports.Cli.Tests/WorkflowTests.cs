using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Reports.Cli.Tests;

/// <summary>The scheduled workflow runs exactly what the README tells people to run.</summary>
public sealed partial class WorkflowTests
{
    static readonly string WorkflowPath = Repository.Path(".github", "workflows", "refresh-reports.yml");

    static YamlMappingNode Workflow(string path = "")
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(path.Length == 0 ? WorkflowPath : path);
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    static IEnumerable<string> RunCommands(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")).Children.Values
            .SelectMany(job => ((YamlSequenceNode)At(job, "steps")).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey(new YamlScalarNode("run")))
            .Select(step => ((YamlScalarNode)step.Children[new YamlScalarNode("run")]).Value!);

    static string ReadmeCommand()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        return ReadmeRun().Match(readme).Groups[1].Value.Trim();
    }

    [Fact]
    public void The_workflow_generates_with_the_README_command_and_if_changed()
    {
        var readme = ReadmeCommand();
        readme.ShouldBe("dotnet run --project src/Reports.Cli");

        var generate = RunCommands(Workflow()).Where(r => r.Contains("dotnet run", StringComparison.Ordinal)).ToList();

        generate.Count.ShouldBe(2);
        generate.ShouldAllBe(r => r.StartsWith(readme + " -- ", StringComparison.Ordinal) && r.Contains("--if-changed"));
        generate.ShouldContain(r => r.Contains("--shard ${{ matrix.shard }}/3"));
    }

    [Fact]
    public void The_workflow_runs_daily_on_input_changes_and_on_demand()
    {
        var on = At(Workflow(), "on");

        ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)At(on, "schedule")).Children[0]).Children[new YamlScalarNode("cron")]).Value!
            .ShouldMatch(@"^\d+ \d+ \* \* \*$");
        ((YamlSequenceNode)At(on, "push", "paths")).Children.Cast<YamlScalarNode>().Select(p => p.Value).ShouldContain("input/**");
        ((YamlMappingNode)on).Children.ShouldContainKey(new YamlScalarNode("workflow_dispatch"));
    }

    [Fact]
    public void The_workflow_dates_reports_by_the_inputs_and_uploads_them()
    {
        var runs = RunCommands(Workflow()).ToList();
        runs.ShouldContain(r => r.Contains("SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- input)"));

        var text = File.ReadAllText(WorkflowPath);
        text.ShouldContain("actions/upload-artifact@");
        text.ShouldContain("retention-days:");
        text.ShouldContain("fetch-depth: 0");
    }

    [Fact]
    public void The_CI_workflow_runs_the_CI_script_on_every_push_and_pull_request_and_keeps_the_test_results()
    {
        var path = Repository.Path(".github", "workflows", "ci.yml");
        var workflow = Workflow(path);

        ((YamlMappingNode)At(workflow, "on")).Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value).ShouldBe(["push", "pull_request"], ignoreOrder: true);
        RunCommands(workflow).ShouldContain(r => r.EndsWith("bash .ci/run", StringComparison.Ordinal));
        var job = (YamlMappingNode)((YamlMappingNode)At(workflow, "jobs")).Children.Values.Single();
        int.Parse(((YamlScalarNode)At(job, "timeout-minutes")).Value!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 90);
        File.ReadAllText(path).ShouldContain("TestResults/*.trx");
        File.ReadAllText(Repository.Path(".ci", "run")).ShouldContain("dotnet test --no-build --blame-hang-timeout");
    }

    [GeneratedRegex(@"```sh\s*\n(dotnet run --project \S+)")]
    private static partial Regex ReadmeRun();
}
