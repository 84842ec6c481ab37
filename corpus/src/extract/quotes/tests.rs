//! Unit tests of the attribution rules on sentences built for each shape.
