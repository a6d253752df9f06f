using Reports.Synthetic;

namespace Reports.Domain.Tests;

public sealed class SyntheticDatasetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(1000)]
    public void Synthetic_datasets_of_any_size_are_valid(int indicators)
    {
        var result = Some.Load(SyntheticDataset.Json(indicators));

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors.Take(5)));
        result.Summit!.Indicators.Count.ShouldBe(indicators);
        result.Summit.Charts.ShouldNotBeEmpty();
    }

    [Fact]
    public void Synthetic_datasets_are_deterministic_by_seed()
    {
        SyntheticDataset.Json(200, seed: 7).ShouldBe(SyntheticDataset.Json(200, seed: 7));
        SyntheticDataset.Json(200, seed: 7).ShouldNotBe(SyntheticDataset.Json(200, seed: 8));
    }
}
