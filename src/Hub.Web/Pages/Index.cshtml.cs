using Hub.Grains.Challenges;
using Hub.Web.Challenges;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hub.Web.Pages;

public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public IReadOnlyList<ChallengeDetails> Challenges { get; private set; } = [];

    public async Task OnGetAsync() => Challenges = await grains.ListChallengesAsync();
}
