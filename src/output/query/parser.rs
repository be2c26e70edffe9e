//! A Pratt parser with the grammar and the quirks of Python jmespath 1.1.0's parser, producing the
//! same tree shapes its interpreter walks (e.g. `a[0][1:2]` appends the slice to the index
//! expression without projecting, a multi-select hash needs no comma between pairs).

use super::lexer::{Token, tokenize};
use crate::output::value::Value;

/// A parsed expression, one variant per node type of Python jmespath's AST.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ast {
    Identity,
    Current,
    Field(String),
    Subexpression(Vec<Ast>),
    IndexExpression(Vec<Ast>),
    Pipe(Box<Ast>, Box<Ast>),
    Index(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Projection(Box<Ast>, Box<Ast>),
    ValueProjection(Box<Ast>, Box<Ast>),
    /// left, right, condition
    FilterProjection(Box<Ast>, Box<Ast>, Box<Ast>),
    Flatten(Box<Ast>),
    Comparator(Comparator, Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    MultiSelectList(Vec<Ast>),
    MultiSelectDict(Vec<(String, Ast)>),
    Function(String, Vec<Ast>),
    Expref(Box<Ast>),
    Literal(Value),
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Comparator {
    Eq,
    Ne,
    Lt,
    Lte,
    Gt,
    Gte,
}

/// Tokens that stop a projection (`_PROJECTION_STOP`).
const PROJECTION_STOP: u8 = 10;
/// Nesting limit: Python would fail with a RecursionError long before; we refuse the expression.
const MAX_DEPTH: usize = 150;

/// Why parsing failed; the text is never shown (az prints only the expression).
#[derive(Debug)]
pub(super) struct ParseError;

type PResult<T> = Result<T, ParseError>;

/// Parses an expression like `jmespath.compile`.
pub(super) fn parse(expr: &str) -> PResult<Ast> {
    if expr.is_empty() {
        return Err(ParseError);
    }
    let tokens = tokenize(expr).ok_or(ParseError)?;
    let mut p = Parser {
        tokens,
        index: 0,
        depth: 0,
    };
    let ast = p.expression(0)?;
    if p.current() != &Token::Eof {
        return Err(ParseError);
    }
    Ok(ast)
}

struct Parser {
    tokens: Vec<Token>,
    index: usize,
    depth: usize,
}

impl Parser {
    fn current(&self) -> &Token {
        // The token list always ends with Eof and the parser never advances past it.
        self.tokens.get(self.index).unwrap_or(&Token::Eof)
    }

    fn lookahead(&self, n: usize) -> &Token {
        self.tokens.get(self.index + n).unwrap_or(&Token::Eof)
    }

    fn advance(&mut self) {
        if self.index < self.tokens.len() {
            self.index += 1;
        }
    }

    fn expect(&mut self, t: &Token) -> PResult<()> {
        if self.current() == t {
            self.advance();
            Ok(())
        } else {
            Err(ParseError)
        }
    }

    fn expression(&mut self, binding_power: u8) -> PResult<Ast> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError);
        }
        let token = self.current().clone();
        self.advance();
        let mut left = self.nud(token)?;
        // Each `led` wraps `left` one level deeper: a flat chain (`a|a|a…`, `a.b.c…`) nests the AST
        // as deeply as parentheses do, so it draws on the same budget (evaluating a
        // 5000-link chain overflowed the stack).
        let mut links = 0;
        while binding_power < self.current().binding_power() {
            links += 1;
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(ParseError);
            }
            let token = self.current().clone();
            self.advance();
            left = self.led(token, left)?;
        }
        self.depth -= 1 + links;
        Ok(left)
    }

    fn nud(&mut self, token: Token) -> PResult<Ast> {
        match token {
            Token::Literal(v) => Ok(Ast::Literal(v)),
            Token::UnquotedIdentifier(name) => Ok(Ast::Field(name)),
            Token::QuotedIdentifier(name) => {
                if self.current() == &Token::Lparen {
                    return Err(ParseError); // quoted identifiers cannot name functions
                }
                Ok(Ast::Field(name))
            }
            Token::Star => {
                let right = if self.current() == &Token::Rbracket {
                    Ast::Identity
                } else {
                    self.projection_rhs(Token::Star.binding_power())?
                };
                Ok(Ast::ValueProjection(
                    Box::new(Ast::Identity),
                    Box::new(right),
                ))
            }
            Token::Filter => self.led_filter(Ast::Identity),
            Token::Lbrace => self.multi_select_hash(),
            Token::Lparen => {
                let e = self.expression(0)?;
                self.expect(&Token::Rparen)?;
                Ok(e)
            }
            Token::Flatten => {
                let left = Ast::Flatten(Box::new(Ast::Identity));
                let right = self.projection_rhs(Token::Flatten.binding_power())?;
                Ok(Ast::Projection(Box::new(left), Box::new(right)))
            }
            Token::Not => {
                let e = self.expression(Token::Not.binding_power())?;
                Ok(Ast::Not(Box::new(e)))
            }
            Token::Lbracket => {
                if matches!(self.current(), Token::Number(_) | Token::Colon) {
                    let right = self.index_expression()?;
                    self.project_if_slice(Ast::Identity, right)
                } else if self.current() == &Token::Star && self.lookahead(1) == &Token::Rbracket {
                    self.advance();
                    self.advance();
                    let right = self.projection_rhs(Token::Star.binding_power())?;
                    Ok(Ast::Projection(Box::new(Ast::Identity), Box::new(right)))
                } else {
                    self.multi_select_list()
                }
            }
            Token::Current => Ok(Ast::Current),
            Token::Expref => {
                let e = self.expression(0)?;
                Ok(Ast::Expref(Box::new(e)))
            }
            _ => Err(ParseError),
        }
    }

    fn led(&mut self, token: Token, left: Ast) -> PResult<Ast> {
        let comparator = match token {
            Token::Eq => Some(Comparator::Eq),
            Token::Ne => Some(Comparator::Ne),
            Token::Lt => Some(Comparator::Lt),
            Token::Lte => Some(Comparator::Lte),
            Token::Gt => Some(Comparator::Gt),
            Token::Gte => Some(Comparator::Gte),
            _ => None,
        };
        if let Some(cmp) = comparator {
            let right = self.expression(token.binding_power())?;
            return Ok(Ast::Comparator(cmp, Box::new(left), Box::new(right)));
        }
        match token {
            Token::Dot => {
                if self.current() == &Token::Star {
                    self.advance();
                    let right = self.projection_rhs(Token::Dot.binding_power())?;
                    Ok(Ast::ValueProjection(Box::new(left), Box::new(right)))
                } else {
                    let right = self.dot_rhs(Token::Dot.binding_power())?;
                    Ok(match left {
                        Ast::Subexpression(mut children) => {
                            children.push(right);
                            Ast::Subexpression(children)
                        }
                        other => Ast::Subexpression(vec![other, right]),
                    })
                }
            }
            Token::Pipe => {
                let right = self.expression(Token::Pipe.binding_power())?;
                Ok(Ast::Pipe(Box::new(left), Box::new(right)))
            }
            Token::Or => {
                let right = self.expression(Token::Or.binding_power())?;
                Ok(Ast::Or(Box::new(left), Box::new(right)))
            }
            Token::And => {
                let right = self.expression(Token::And.binding_power())?;
                Ok(Ast::And(Box::new(left), Box::new(right)))
            }
            Token::Lparen => {
                let Ast::Field(name) = left else {
                    return Err(ParseError);
                };
                let mut args = Vec::new();
                while self.current() != &Token::Rparen {
                    let e = self.expression(0)?;
                    if self.current() == &Token::Comma {
                        self.advance();
                    }
                    args.push(e);
                }
                self.advance();
                Ok(Ast::Function(name, args))
            }
            Token::Filter => self.led_filter(left),
            Token::Flatten => {
                let left = Ast::Flatten(Box::new(left));
                let right = self.projection_rhs(Token::Flatten.binding_power())?;
                Ok(Ast::Projection(Box::new(left), Box::new(right)))
            }
            Token::Lbracket => {
                if matches!(self.current(), Token::Number(_) | Token::Colon) {
                    let right = self.index_expression()?;
                    match left {
                        Ast::IndexExpression(mut children) => {
                            children.push(right);
                            Ok(Ast::IndexExpression(children))
                        }
                        other => self.project_if_slice(other, right),
                    }
                } else {
                    self.expect(&Token::Star)?;
                    self.expect(&Token::Rbracket)?;
                    let right = self.projection_rhs(Token::Star.binding_power())?;
                    Ok(Ast::Projection(Box::new(left), Box::new(right)))
                }
            }
            // Tokens with a binding power but no led (`*`, `!`, `{`): "invalid token".
            _ => Err(ParseError),
        }
    }

    fn led_filter(&mut self, left: Ast) -> PResult<Ast> {
        let condition = self.expression(0)?;
        self.expect(&Token::Rbracket)?;
        let right = if self.current() == &Token::Flatten {
            Ast::Identity
        } else {
            self.projection_rhs(Token::Filter.binding_power())?
        };
        Ok(Ast::FilterProjection(
            Box::new(left),
            Box::new(right),
            Box::new(condition),
        ))
    }

    fn index_expression(&mut self) -> PResult<Ast> {
        if self.current() == &Token::Colon || self.lookahead(1) == &Token::Colon {
            return self.slice_expression();
        }
        let Token::Number(n) = *self.current() else {
            return Err(ParseError);
        };
        self.advance();
        self.expect(&Token::Rbracket)?;
        Ok(Ast::Index(n))
    }

    fn slice_expression(&mut self) -> PResult<Ast> {
        let mut parts = [None, None, None];
        let mut index = 0;
        while self.current() != &Token::Rbracket {
            match *self.current() {
                Token::Colon => {
                    index += 1;
                    if index == 3 {
                        return Err(ParseError);
                    }
                    self.advance();
                }
                Token::Number(n) => {
                    parts[index] = Some(n);
                    self.advance();
                }
                _ => return Err(ParseError),
            }
        }
        self.expect(&Token::Rbracket)?;
        Ok(Ast::Slice(parts[0], parts[1], parts[2]))
    }

    fn project_if_slice(&mut self, left: Ast, right: Ast) -> PResult<Ast> {
        let is_slice = matches!(right, Ast::Slice(..));
        let index_expr = Ast::IndexExpression(vec![left, right]);
        if is_slice {
            let rhs = self.projection_rhs(Token::Star.binding_power())?;
            Ok(Ast::Projection(Box::new(index_expr), Box::new(rhs)))
        } else {
            Ok(index_expr)
        }
    }

    fn multi_select_list(&mut self) -> PResult<Ast> {
        let mut items = Vec::new();
        loop {
            items.push(self.expression(0)?);
            if self.current() == &Token::Rbracket {
                break;
            }
            self.expect(&Token::Comma)?;
        }
        self.expect(&Token::Rbracket)?;
        Ok(Ast::MultiSelectList(items))
    }

    fn multi_select_hash(&mut self) -> PResult<Ast> {
        let mut pairs = Vec::new();
        loop {
            let key = match self.current() {
                Token::QuotedIdentifier(k) | Token::UnquotedIdentifier(k) => k.clone(),
                _ => return Err(ParseError),
            };
            self.advance();
            self.expect(&Token::Colon)?;
            let value = self.expression(0)?;
            pairs.push((key, value));
            if self.current() == &Token::Comma {
                self.advance();
            } else if self.current() == &Token::Rbrace {
                self.advance();
                break;
            }
        }
        Ok(Ast::MultiSelectDict(pairs))
    }

    fn projection_rhs(&mut self, binding_power: u8) -> PResult<Ast> {
        if self.current().binding_power() < PROJECTION_STOP {
            Ok(Ast::Identity)
        } else if matches!(self.current(), Token::Lbracket | Token::Filter) {
            self.expression(binding_power)
        } else if self.current() == &Token::Dot {
            self.advance();
            self.dot_rhs(binding_power)
        } else {
            Err(ParseError)
        }
    }

    fn dot_rhs(&mut self, binding_power: u8) -> PResult<Ast> {
        match self.current() {
            Token::QuotedIdentifier(_) | Token::UnquotedIdentifier(_) | Token::Star => {
                self.expression(binding_power)
            }
            Token::Lbracket => {
                self.advance();
                self.multi_select_list()
            }
            Token::Lbrace => {
                self.advance();
                self.multi_select_hash()
            }
            _ => Err(ParseError),
        }
    }
}
