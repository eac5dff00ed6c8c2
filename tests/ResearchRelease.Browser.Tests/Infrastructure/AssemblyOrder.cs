[assembly: Xunit.TestFramework("ResearchRelease.Web.Tests.Infrastructure.InOrderTestFramework", "ResearchRelease.Browser.Tests")]
[assembly: Xunit.TestCollectionOrderer("ResearchRelease.Web.Tests.Infrastructure.LongestFirst", "ResearchRelease.Browser.Tests")]
