//! Where structs sit inside a field's value ([`Shape`]), to find the JSON
//! path of a correction made inside one.

/// Where the structs inside a value of some type are, to find the JSON path
/// of a correction made inside one.
#[derive(Debug, PartialEq, Eq)]
pub enum Shape {
    /// The value itself (a struct, an enum, a scalar).
    One,
    /// The items of an array.
    Seq(&'static Shape),
    /// The values of an object with arbitrary keys.
    Map(&'static Shape),
}

/// The shapes generated structs name for their fields (`object!`'s
/// `=> 3 "results" req seq`): the generator writes them from the schema,
/// which costs the compiler less than asking each field's type.
#[allow(non_upper_case_globals)]
pub mod shapes {
    use super::Shape;

    pub const one: &Shape = &Shape::One;
    pub const seq: &Shape = &Shape::Seq(one);
    pub const map: &Shape = &Shape::Map(one);
    pub const seq_seq: &Shape = &Shape::Seq(seq);
    pub const seq_map: &Shape = &Shape::Seq(map);
    pub const map_seq: &Shape = &Shape::Map(seq);
    pub const map_map: &Shape = &Shape::Map(map);
}
