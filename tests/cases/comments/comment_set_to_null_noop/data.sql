INSERT INTO app.tickets (title) VALUES ('printer on fire');
