using Reports.Hardening.Tests.Generation;
using Reports.Hardening.Tests.Support;

namespace Reports.Hardening.Tests;

/// <summary>
/// The corpus (<see cref="CorpusCatalog"/>): each broken or hostile input through `validate` and `generate`.
/// Inputs that must be rejected and inputs that must be accepted run as two classes so xunit runs them
/// in parallel; each case is its own test, named after its file.
/// </summary>
public sealed class CorpusRejectionTests
{
    public static TheoryData<string> Cases => new(CorpusFiles.Cases.Where(c => c.Exit != 0).Select(c => c.File));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_rejected_with_its_path_and_leaves_earlier_reports_alone(string file) => CorpusRunner.Check(CorpusFiles.Case(file));
}

public sealed class CorpusAcceptanceTests
{
    public static TheoryData<string> Cases => new(CorpusFiles.Cases.Where(c => c.Exit == 0).Select(c => c.File));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_accepted_and_makes_sound_reports(string file) => CorpusRunner.Check(CorpusFiles.Case(file));
}
