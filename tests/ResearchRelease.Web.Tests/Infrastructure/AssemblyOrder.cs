[assembly: Xunit.TestFramework("ResearchRelease.Web.Tests.Infrastructure.InOrderTestFramework", "ResearchRelease.Web.Tests")]
[assembly: Xunit.TestCollectionOrderer("ResearchRelease.Web.Tests.Infrastructure.LongestFirst", "ResearchRelease.Web.Tests")]
