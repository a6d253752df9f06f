namespace Reports.Domain.Tests;

/// <summary>
/// A problem a report finds after loading (a character no font draws…) is located in the file like the
/// loader's own errors, by one pass that indexes only the paths asked for.
/// </summary>
public sealed class LocationTests
{
    [Fact]
    public void A_problem_found_after_loading_is_located_at_its_value_in_characters_not_bytes()
    {
        var result = Some.LoadMinimal();

        var located = result.Locate("$.themes[0].quotes[0].speaker", "A problem.", "Something else.");

        (located.Line, located.Column).ShouldBe((23, 50)); // after "投資は増えた。", seven characters of three bytes each
    }

    [Fact]
    public void Problems_located_together_each_get_their_own_place_and_a_path_the_file_lacks_its_nearest_parent()
    {
        var result = Some.LoadMinimal();

        var located = result.LocateAll([
            ("$.indicators[1].value", "A problem.", null),
            ("$.indicators[1].noSuchMember", "Another.", null),
            ("$.themes[0].quotes[0].speaker", "A third.", null),
        ]);

        located.Select(e => (e.Path, e.Line, e.Column)).ShouldBe([
            ("$.indicators[1].value", 42, 16),
            ("$.indicators[1].noSuchMember", 39, 5),
            ("$.themes[0].quotes[0].speaker", 23, 50),
        ]);
    }
}
