"""What several test modules share: report strategies, independent readers, small files."""
