"""The platform tables: what each platform's URLs look like, one row per URL shape."""
