// simd-fp: filled in by its section owner.
export default String.raw`
`;
