// ldst: filled in by its section owner.
export default String.raw`
`;
