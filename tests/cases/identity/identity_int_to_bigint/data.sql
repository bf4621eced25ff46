INSERT INTO hits (url) VALUES ('/'), ('/about');
