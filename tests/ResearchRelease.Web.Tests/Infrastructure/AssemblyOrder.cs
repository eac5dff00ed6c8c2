[assembly: Xunit.TestCollectionOrderer("ResearchRelease.Web.Tests.Infrastructure.LongestFirst", "ResearchRelease.Web.Tests")]
