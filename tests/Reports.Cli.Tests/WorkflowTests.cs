using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Reports.Cli.Tests;

/// <summary>The scheduled workflow packs, installs and runs the tool exactly as the README tells people to.</summary>
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

    static string Readme() => File.ReadAllText(Repository.Path("README.md"));

    static string ReadmeCommand() => ReadmeRun().Match(Readme()).Groups[1].Value.Trim();

    /// <summary>The commands of the README's tool block (comments dropped), in order.</summary>
    static List<string> ReadmeToolCommands() =>
        ReadmeToolBlock().Match(Readme()).Groups[1].Value.Split('\n')
            .Select(line => line.Split('#')[0].Trim()).Where(line => line.Length > 0).ToList();

    /// <summary>Every line of every run step, trimmed.</summary>
    static List<string> RunLines(YamlMappingNode workflow) =>
        RunCommands(workflow).SelectMany(r => r.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public void The_README_set_up_command_is_still_dotnet_run()
    {
        ReadmeCommand().ShouldBe("dotnet run --project src/Reports.Cli");
    }

    [Fact]
    public void The_workflow_packs_the_tool_with_the_README_commands_native_build_included()
    {
        var readme = ReadmeToolCommands();

        var packs = RunLines(Workflow()).Where(l => l.StartsWith("dotnet pack", StringComparison.Ordinal)).ToList();

        packs.ShouldBe(["dotnet pack src/Reports.Cli -o artifacts/tool", "dotnet pack src/Reports.Cli -r linux-x64 -o artifacts/tool"]);
        packs.ShouldBeSubsetOf(readme);
    }

    [Fact]
    public void Every_refresh_job_installs_the_tool_as_the_README_does_but_into_a_tool_path()
    {
        var workflow = Workflow();
        var readmeInstall = ReadmeToolCommands().Single(c => c.StartsWith("dotnet tool install", StringComparison.Ordinal));
        readmeInstall.ShouldBe("dotnet tool install --global --add-source artifacts/tool Reports.Cli");

        var lines = RunLines(workflow);

        lines.Where(l => l.StartsWith("dotnet tool install", StringComparison.Ordinal))
            .ShouldBe(["dotnet tool install --tool-path .tools --add-source artifacts/tool Reports.Cli", "dotnet tool install --tool-path .tools --add-source artifacts/tool Reports.Cli"]);
        lines.Count(l => l == "echo \"$PWD/.tools\" >> \"$GITHUB_PATH\"").ShouldBe(2);
        ((YamlScalarNode)At(workflow, "jobs", "refresh", "needs")).Value.ShouldBe("tool");
        ((YamlScalarNode)At(workflow, "jobs", "refresh-sharded", "needs")).Value.ShouldBe("tool");
    }

    [Fact]
    public void The_workflow_generates_with_the_installed_tool_and_if_changed_never_with_dotnet_run()
    {
        var lines = RunLines(Workflow());

        var generate = lines.Where(l => l.StartsWith("reports ", StringComparison.Ordinal)).ToList();

        generate.ShouldBe(["reports --if-changed --ignore-system-fonts", "reports --if-changed --ignore-system-fonts --shard ${{ matrix.shard }}/3"]);
        lines.ShouldNotContain(l => l.Contains("dotnet run", StringComparison.Ordinal));
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

    [GeneratedRegex(@"```sh\s*\n(dotnet pack [\s\S]*?)```")]
    private static partial Regex ReadmeToolBlock();
}
