namespace Hub.Web.Challenges;

public sealed record TextInput(string Text);
